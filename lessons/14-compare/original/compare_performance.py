import os
import time
import subprocess
import matplotlib.pyplot as plt
import numpy as np

def run_script(script_name):
    print(f"Running {script_name}...")
    start_time = time.time()
    # An argument list, not a shell string; output captured as text
    result = subprocess.run(['python3', script_name], capture_output=True, text=True)
    elapsed = time.time() - start_time
    print(f"Completed {script_name} in {elapsed:.2f} seconds")
    # The last 200 characters of what the program printed
    print(f"Output: {result.stdout[-200:]}")
    return elapsed

def main():
    scripts = ['sequential_image_processing.py', 'parallel_image_processing.py',
               'advanced_parallel_processing.py']

    times = []
    for script in scripts:
        if os.path.exists(script):
            times.append(run_script(script))
        else:
            print(f"Script {script} not found!")
            times.append(0)

    if any(times):
        labels = ['Sequential', 'Basic Parallel', 'Advanced Parallel']
        x = np.arange(len(labels))

        plt.figure(figsize=(10, 6))
        plt.bar(x, times, color=['red', 'blue', 'green'])
        plt.xlabel('Processing Method')
        plt.ylabel('Execution Time (s)')
        plt.title('Image Processing Performance Comparison')
        plt.xticks(x, labels)

        # The time above each bar
        for i, v in enumerate(times):
            plt.text(i, v + 0.1, f"{v:.2f}s", ha='center')

        plt.tight_layout()
        plt.savefig('performance_comparison.png')
        print("Performance comparison plot saved as 'performance_comparison.png'")
    else:
        print("No valid execution times to plot")

if __name__ == "__main__":
    main()
