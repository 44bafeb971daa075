from PIL import Image, ImageFilter
import multiprocessing
import os
import time

def apply_filters(args):
    # map gives one argument: the (image_path, output_dir) tuple, unpacked here
    image_path, output_dir = args
    image_name = os.path.basename(image_path)
    print(f"Process {os.getpid()} processing image: {image_name}")

    img = Image.open(image_path)
    start_time = time.time()

    blurred = img.filter(ImageFilter.GaussianBlur(radius=5))
    blurred.save(os.path.join(output_dir, f"blur_{image_name}"))

    edges = img.filter(ImageFilter.FIND_EDGES)
    edges.save(os.path.join(output_dir, f"edges_{image_name}"))

    embossed = img.filter(ImageFilter.EMBOSS)
    embossed.save(os.path.join(output_dir, f"emboss_{image_name}"))

    sharpened = img.filter(ImageFilter.SHARPEN)
    sharpened.save(os.path.join(output_dir, f"sharpen_{image_name}"))

    processing_time = time.time() - start_time
    print(f"Process {os.getpid()} completed {image_name} in {processing_time:.2f} seconds")
    return image_name, processing_time

def process_images_in_parallel(image_dir, output_dir, num_processes=None):
    os.makedirs(output_dir, exist_ok=True)

    image_files = [os.path.join(image_dir, f) for f in os.listdir(image_dir)
                   if f.endswith(('.png', '.jpg', '.jpeg'))]
    print(f"Found {len(image_files)} images to process")

    # By default, one process per core, but never more than there are images
    if num_processes is None:
        num_processes = min(multiprocessing.cpu_count(), len(image_files))
    print(f"Using {num_processes} processes for parallel processing")

    # Pack both arguments into one tuple per image: map passes a single argument
    task_args = [(image_path, output_dir) for image_path in image_files]

    start_time = time.time()
    with multiprocessing.Pool(processes=num_processes) as pool:
        results = pool.map(apply_filters, task_args)
    total_time = time.time() - start_time

    print("\nParallel processing completed")
    print(f"Total processing time: {total_time:.2f} seconds")
    return results

if __name__ == "__main__":
    image_dir = "sample_images"
    output_dir = "processed_parallel"

    results = process_images_in_parallel(image_dir, output_dir)

    print("\nProcessing summary:")
    for image_name, proc_time in results:
        print(f"  {image_name}: {proc_time:.2f} seconds")
