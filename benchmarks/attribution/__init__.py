"""Speaker attribution on PolNeAR: evaluation by fold and the ranker's training script."""
