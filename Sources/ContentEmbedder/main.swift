print("embedder")
