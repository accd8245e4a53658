// GraphStore: see the module's main type.
