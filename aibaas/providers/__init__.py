"""Every AI call in the platform goes through this package (litellm underneath)."""
