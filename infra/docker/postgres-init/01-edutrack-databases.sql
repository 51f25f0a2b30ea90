-- Run once by the postgres image on an empty data volume (docker-compose.yml at the repository root):
-- each side of Edutrack owns its own database.
CREATE DATABASE edutrack_command;
CREATE DATABASE edutrack_query;
