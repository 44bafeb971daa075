import subprocess
import time
import matplotlib.pyplot as plt

def run_script(script_name):
    """Run a Python script and measure its execution time"""
    print(f"Running {script_name}...")
    start_time = time.time()
    subprocess.run(["python3", script_name], capture_output=True)
    end_time = time.time()
    elapsed = end_time - start_time
    print(f"Completed {script_name} in {elapsed:.2f} seconds")
    return elapsed

def main():
    # Make sure the sample images exist
    subprocess.run(["python3", "create_images.py"])

    scripts = [
        "sequential_image_processing.py",
        "parallel_image_processing.py",
        "advanced_parallel_processing.py"
    ]

    times = []
    for script in scripts:
        times.append(run_script(script))

    # Plot the results
    plt.figure(figsize=(10, 6))
    plt.bar(['Sequential', 'Parallel', 'Advanced Parallel'], times)
    plt.title('Image Processing Performance Comparison')
    plt.xlabel('Processing Method')
    plt.ylabel('Execution Time (seconds)')

    for i, v in enumerate(times):
        plt.text(i, v + 0.1, f"{v:.2f}s", ha='center')

    plt.savefig('performance_comparison.png')
    print("Performance comparison chart saved as 'performance_comparison.png'")
    plt.show()

if __name__ == "__main__":
    main()
