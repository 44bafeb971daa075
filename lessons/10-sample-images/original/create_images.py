import os
import numpy as np
from PIL import Image

def create_sample_images(num_images=5, size=(800, 600)):
    """Create sample images for testing"""
    os.makedirs("sample_images", exist_ok=True)

    for i in range(num_images):
        # Create a random image
        img_array = np.random.randint(0, 255, (size[1], size[0], 3), dtype=np.uint8)
        img = Image.fromarray(img_array)

        # Save the image
        filename = f"sample_images/sample_{i+1}.png"
        img.save(filename)
        print(f"Created image: {filename}")

if __name__ == "__main__":
    create_sample_images()
    print("All sample images created successfully")
