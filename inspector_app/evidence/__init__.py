"""Evidence: the content-addressed blob store, photo intake and derived images. No Qt."""
