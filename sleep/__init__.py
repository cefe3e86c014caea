"""Night: the job that turns captured sessions into lessons."""
