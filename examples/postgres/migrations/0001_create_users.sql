-- Accounts of the example application.
CREATE TABLE users (
  id serial PRIMARY KEY,
  email varchar(320) NOT NULL UNIQUE,
  display_name text,
  created_at timestamp with time zone NOT NULL DEFAULT now()
);
