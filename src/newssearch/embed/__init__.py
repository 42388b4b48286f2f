"""Embedding models: the bundled multilingual-e5-small and any sentence-transformers model."""
