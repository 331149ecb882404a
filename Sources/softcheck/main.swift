print("softcheck")
