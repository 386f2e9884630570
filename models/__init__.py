"""The schema: SQLAlchemy models for sources, actors, facts and their evidence."""
