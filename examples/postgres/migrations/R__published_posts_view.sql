-- Repeatable: re-applied whenever this file changes, after the versioned migrations.
CREATE OR REPLACE VIEW published_posts AS
  SELECT p.id, p.title, u.display_name AS author, p.published_at
  FROM posts p JOIN users u ON u.id = p.author_id
  WHERE p.status = 'published';
