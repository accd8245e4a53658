// GraphvizRendering: see the module's main type.
