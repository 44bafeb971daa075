from PIL import Image, ImageFilter
import os
import time

def apply_filters(image_path, output_dir):
    image_name = os.path.basename(image_path)
    print(f"Processing image: {image_name}")

    img = Image.open(image_path)
    start_time = time.time()

    # Four filters, each applied to the original image and saved at once
    blurred = img.filter(ImageFilter.GaussianBlur(radius=5))
    blurred.save(os.path.join(output_dir, f"blur_{image_name}"))

    edges = img.filter(ImageFilter.FIND_EDGES)
    edges.save(os.path.join(output_dir, f"edges_{image_name}"))

    embossed = img.filter(ImageFilter.EMBOSS)
    embossed.save(os.path.join(output_dir, f"emboss_{image_name}"))

    sharpened = img.filter(ImageFilter.SHARPEN)
    sharpened.save(os.path.join(output_dir, f"sharpen_{image_name}"))

    processing_time = time.time() - start_time
    print(f"Completed processing {image_name} in {processing_time:.2f} seconds")
    return image_name, processing_time

def process_images_sequentially(image_dir, output_dir):
    os.makedirs(output_dir, exist_ok=True)

    # In os.listdir's order: not sorted
    image_files = [os.path.join(image_dir, f) for f in os.listdir(image_dir)
                   if f.endswith(('.png', '.jpg', '.jpeg'))]
    print(f"Found {len(image_files)} images to process")

    start_time = time.time()
    results = []
    for image_path in image_files:
        results.append(apply_filters(image_path, output_dir))
    total_time = time.time() - start_time

    print("\nSequential processing completed")
    print(f"Total processing time: {total_time:.2f} seconds")
    return results

if __name__ == "__main__":
    image_dir = "sample_images"
    output_dir = "processed_sequential"

    results = process_images_sequentially(image_dir, output_dir)

    print("\nProcessing summary:")
    for image_name, proc_time in results:
        print(f"  {image_name}: {proc_time:.2f} seconds")
