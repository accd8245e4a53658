// GraphExport: see the module's main type.
