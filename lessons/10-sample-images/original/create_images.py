from PIL import Image
import numpy as np
import os

def create_sample_image(filename, width=800, height=600):
    # Random noise: rows = height, columns = width, 3 channels (RGB).
    # randint's upper bound is exclusive, so the values are 0..254.
    data = np.random.randint(0, 255, (height, width, 3), dtype=np.uint8)
    img = Image.fromarray(data, 'RGB')
    img.save(filename)  # PNG, from the extension
    print(f"Created image: {filename}")

if __name__ == "__main__":
    os.makedirs("sample_images", exist_ok=True)

    # Five images, numbered from 1, at the default size
    for i in range(5):
        create_sample_image(f"sample_images/sample_{i+1}.png")

    print("All sample images created successfully")
