// ArticleReader: see the module's main type.
