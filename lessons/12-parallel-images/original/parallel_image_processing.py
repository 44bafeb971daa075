import os
import time
import multiprocessing
from PIL import Image, ImageFilter

def process_image(image_path):
    """Apply a series of filters to an image"""
    pid = os.getpid()
    base_name = os.path.basename(image_path)
    print(f"Process {pid} processing image: {base_name}")
    start_time = time.time()

    # Open the image
    img = Image.open(image_path)

    # Apply filters
    blurred = img.filter(ImageFilter.GaussianBlur(radius=5))
    edges = img.filter(ImageFilter.FIND_EDGES)
    embossed = img.filter(ImageFilter.EMBOSS)
    sharpened = img.filter(ImageFilter.SHARPEN)

    # Save processed images
    name, ext = os.path.splitext(base_name)
    output_dir = "processed_images"
    os.makedirs(output_dir, exist_ok=True)

    blurred.save(f"{output_dir}/{name}_blurred{ext}")
    edges.save(f"{output_dir}/{name}_edges{ext}")
    embossed.save(f"{output_dir}/{name}_embossed{ext}")
    sharpened.save(f"{output_dir}/{name}_sharpened{ext}")

    elapsed = time.time() - start_time
    return base_name, elapsed

def main():
    input_dir = "sample_images"
    image_files = [os.path.join(input_dir, f) for f in os.listdir(input_dir)
                   if f.endswith(('.png', '.jpg', '.jpeg'))]

    # Use as many processes as CPU cores
    num_processes = multiprocessing.cpu_count()
    print(f"Using {num_processes} processes for parallel processing")

    start_time = time.time()

    # Process images in parallel
    with multiprocessing.Pool(processes=num_processes) as pool:
        results = pool.map(process_image, image_files)

    total_time = time.time() - start_time
    print(f"Total processing time: {total_time:.2f} seconds")

    # Print a summary
    print("\nProcessing summary:")
    for image_name, proc_time in results:
        print(f"{image_name}: {proc_time:.2f} seconds")

if __name__ == "__main__":
    main()
