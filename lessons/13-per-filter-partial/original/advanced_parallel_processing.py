import os
import time
import multiprocessing
from functools import partial
from PIL import Image, ImageFilter

def apply_filter(image_path, filter_name, output_dir):
    """Apply a specific filter to an image"""
    pid = os.getpid()
    base_name = os.path.basename(image_path)
    print(f"Process {pid} applying {filter_name} to {base_name}")
    start_time = time.time()

    img = Image.open(image_path)

    # Select the filter
    filters = {
        'blur': ImageFilter.GaussianBlur(radius=5),
        'edges': ImageFilter.FIND_EDGES,
        'emboss': ImageFilter.EMBOSS,
        'sharpen': ImageFilter.SHARPEN,
        'contour': ImageFilter.CONTOUR,
        'detail': ImageFilter.DETAIL,
        'smooth': ImageFilter.SMOOTH,
        'smoothmore': ImageFilter.SMOOTH_MORE
    }
    filtered = img.filter(filters[filter_name])

    # Save the result
    name, ext = os.path.splitext(base_name)
    output_path = os.path.join(output_dir, f"{name}_{filter_name}{ext}")
    filtered.save(output_path)

    elapsed = time.time() - start_time
    print(f"Process {pid} completed {filter_name} on {base_name} in {elapsed:.2f} seconds")
    return filter_name, elapsed

def process_image_with_multiple_filters(image_path, output_dir):
    """Apply all filters to one image in parallel"""
    filter_names = ['blur', 'edges', 'emboss', 'sharpen', 'contour', 'detail', 'smooth', 'smoothmore']

    # Fix the image path and the output directory; only the filter name varies
    apply_filter_to_image = partial(apply_filter, image_path, output_dir=output_dir)

    with multiprocessing.Pool() as pool:
        results = pool.map(apply_filter_to_image, filter_names)

    return results

def main():
    input_dir = "sample_images"
    output_dir = "advanced_processed"
    os.makedirs(output_dir, exist_ok=True)

    image_files = [os.path.join(input_dir, f) for f in os.listdir(input_dir)
                   if f.endswith(('.png', '.jpg', '.jpeg'))]

    print(f"Found {len(image_files)} images to process with 8 filters each")

    start_time = time.time()

    all_results = []
    for image_path in image_files:
        results = process_image_with_multiple_filters(image_path, output_dir)
        all_results.extend(results)

    total_time = time.time() - start_time
    print(f"Total processing time: {total_time:.2f} seconds")
    print(f"Total operations: {len(all_results)}")
    print(f"Average processing time per filter: {sum(t for _, t in all_results) / len(all_results):.2f} seconds")

if __name__ == "__main__":
    main()
