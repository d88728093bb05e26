// Served so tests can prove a capture never downloads scripts.
export const ran = true
