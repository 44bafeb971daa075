from PIL import Image, ImageFilter
import multiprocessing
import os
import time
from functools import partial

def apply_filter(filter_info, image_path, output_dir):
    filter_name, filter_obj = filter_info
    image_name = os.path.basename(image_path)
    print(f"Process {os.getpid()} applying {filter_name} to {image_name}")

    # Open the image in this process: PIL objects are not shared between processes
    img = Image.open(image_path)

    start_time = time.time()
    filtered = img.filter(filter_obj)
    output_path = os.path.join(output_dir, f"{filter_name}_{image_name}")
    filtered.save(output_path)
    processing_time = time.time() - start_time

    print(f"Process {os.getpid()} completed {filter_name} on {image_name} in {processing_time:.2f} seconds")
    return filter_name, image_name, processing_time

def process_image_with_multiple_filters(image_path, output_dir, filters):
    # Fix the image and the folder by keyword: map fills filter_info, the first parameter
    apply_filter_to_image = partial(apply_filter, image_path=image_path, output_dir=output_dir)

    # A new pool for every image, as many workers as CPUs
    with multiprocessing.Pool() as pool:
        results = pool.map(apply_filter_to_image, filters)
    return results

def main():
    image_dir = "sample_images"
    output_dir = "processed_advanced"
    os.makedirs(output_dir, exist_ok=True)

    # (name, filter) pairs: the filter objects travel to the workers too
    filters = [
        ("blur", ImageFilter.GaussianBlur(radius=5)),
        ("edges", ImageFilter.FIND_EDGES),
        ("emboss", ImageFilter.EMBOSS),
        ("sharpen", ImageFilter.SHARPEN),
        ("contour", ImageFilter.CONTOUR),
        ("detail", ImageFilter.DETAIL),
        ("smooth", ImageFilter.SMOOTH),
        ("smoothmore", ImageFilter.SMOOTH_MORE),
    ]

    image_files = [os.path.join(image_dir, f) for f in os.listdir(image_dir)
                   if f.endswith(('.png', '.jpg', '.jpeg'))]
    print(f"Found {len(image_files)} images to process with {len(filters)} filters each")

    all_results = []
    start_time = time.time()
    for image_path in image_files:
        image_name = os.path.basename(image_path)
        print(f"\nProcessing {image_name} with {len(filters)} filters in parallel")
        image_start = time.time()
        results = process_image_with_multiple_filters(image_path, output_dir, filters)
        image_time = time.time() - image_start
        print(f"Completed all filters for {image_name} in {image_time:.2f} seconds")
        all_results.extend(results)
    total_time = time.time() - start_time

    print("\nProcessing Summary:")
    print(f"Total processing time: {total_time:.2f} seconds")
    print(f"Total operations: {len(all_results)}")
    average = sum(t for _, _, t in all_results) / len(all_results)
    print(f"Average processing time per filter: {average:.2f} seconds")

if __name__ == "__main__":
    main()
