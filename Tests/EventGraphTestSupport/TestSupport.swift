// Shared helpers for EventGraph's tests.
