"""Rule files: the Rule base model and the loader (loader.load_rules(directory, kinds))."""
