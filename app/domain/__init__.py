"""Pure domain rules: values, validation and workflow. No I/O."""
