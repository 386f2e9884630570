"""Reading articles and fact files, extracting facts, resolving actors and writing them."""
