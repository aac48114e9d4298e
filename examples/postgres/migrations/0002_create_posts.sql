CREATE TYPE post_status AS ENUM ('draft', 'published');

CREATE TABLE posts (
  id bigserial PRIMARY KEY,
  author_id integer NOT NULL REFERENCES users (id),
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  status post_status NOT NULL DEFAULT 'draft',
  published_at timestamp
);

-- A function body with semicolons inside dollar quotes stays one statement.
CREATE FUNCTION touch_published_at() RETURNS trigger AS $$
BEGIN
  IF NEW.status = 'published' AND NEW.published_at IS NULL THEN
    NEW.published_at := now();
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER posts_published_at BEFORE INSERT OR UPDATE ON posts
  FOR EACH ROW EXECUTE FUNCTION touch_published_at();
