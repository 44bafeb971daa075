import os
import time
from PIL import Image, ImageFilter

def process_image(image_path):
    """Apply a series of filters to an image"""
    base_name = os.path.basename(image_path)
    print(f"Processing image: {base_name}")
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
    print(f"Completed processing {base_name} in {elapsed:.2f} seconds")
    return base_name, elapsed

def main():
    input_dir = "sample_images"
    image_files = [os.path.join(input_dir, f) for f in os.listdir(input_dir)
                   if f.endswith(('.png', '.jpg', '.jpeg'))]

    print(f"Found {len(image_files)} images to process")

    start_time = time.time()

    # Process images one after another
    results = []
    for image_path in image_files:
        result = process_image(image_path)
        results.append(result)

    total_time = time.time() - start_time
    print(f"Total processing time: {total_time:.2f} seconds")

    return results

if __name__ == "__main__":
    main()
