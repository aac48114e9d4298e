-- A mutation: schemagate waits for it to finish and logs its progress from system.mutations.
ALTER TABLE events UPDATE payload = trim(payload) WHERE payload != trim(payload);
