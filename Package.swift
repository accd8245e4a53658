// swift-tools-version:6.1
import PackageDescription

/// EventGraph: news articles in Arabic and English → dated events and a knowledge graph.
///
/// Modules follow the pipeline of DESIGN.md, dependencies point one way:
/// Model ← TextAnalysis ← {TemporalTagger, ActorRecognizer} ← EventExtractor ← ExtractionPipeline.
/// GraphStore (the only GRDB importer) and GraphExport depend on the model only;
/// GraphvizRendering is the only importer of the Graphviz C library, GraphStore of zstd (document texts).
let package = Package(
    name: "EventGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "eventgraph", targets: ["eventgraph"]),
        .library(name: "EventGraphModel", targets: ["EventGraphModel"]),
        .library(name: "ExtractionPipeline", targets: ["ExtractionPipeline"]),
        .library(name: "GraphStore", targets: ["GraphStore"]),
        .library(name: "GraphExport", targets: ["GraphExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(name: "EventGraphModel"),
        .target(name: "TextAnalysis", dependencies: ["EventGraphModel"]),
        .target(name: "ArticleReader", dependencies: ["EventGraphModel", "TextAnalysis"]),
        .target(name: "TemporalTagger", dependencies: ["EventGraphModel", "TextAnalysis"],
                resources: [.copy("Resources")]),
        .target(name: "ActorRecognizer", dependencies: ["EventGraphModel", "TextAnalysis"],
                resources: [.copy("Resources")]),
        .target(name: "EventExtractor",
                dependencies: ["EventGraphModel", "TextAnalysis", "TemporalTagger", "ActorRecognizer"],
                resources: [.copy("Resources")]),
        .target(name: "ExtractionPipeline",
                dependencies: ["EventGraphModel", "ArticleReader", "TextAnalysis", "TemporalTagger",
                               "ActorRecognizer", "EventExtractor"]),
        .target(name: "GraphStore",
                dependencies: ["EventGraphModel", "TextAnalysis", .product(name: "GRDB", package: "GRDB.swift"),
                               .product(name: "GRDBSQLite", package: "GRDB.swift"), "CZstd", "CSHA256"]),
        .systemLibrary(name: "CSHA256"),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]),
        .target(name: "GraphExport", dependencies: ["EventGraphModel"]),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc",
                       providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
        .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
        .executableTarget(
            name: "eventgraph",
            dependencies: ["EventGraphModel", "ArticleReader", "TemporalTagger", "ExtractionPipeline",
                           "GraphStore", "GraphExport", "GraphvizRendering",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        .executableTarget(
            name: "eventgraph-bench",
            dependencies: ["EventGraphModel", "ArticleReader", "TextAnalysis", "TemporalTagger", "ExtractionPipeline",
                           "GraphStore"],
            path: "Benchmarks/Sources"),

        .target(name: "EventGraphTestSupport", dependencies: ["EventGraphModel"], path: "Tests/EventGraphTestSupport"),
        .testTarget(name: "EventGraphModelTests", dependencies: ["EventGraphModel"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis", "EventGraphTestSupport"]),
        .testTarget(name: "ArticleReaderTests", dependencies: ["ArticleReader", "EventGraphTestSupport"],
                    resources: [.copy("Corpus")]),
        .testTarget(name: "TemporalTaggerTests", dependencies: ["TemporalTagger", "EventGraphTestSupport"],
                    resources: [.copy("Corpus")]),
        .testTarget(name: "ActorRecognizerTests", dependencies: ["ActorRecognizer", "EventGraphTestSupport"],
                    resources: [.copy("Corpus")]),
        .testTarget(name: "EventExtractorTests",
                    dependencies: ["EventExtractor", "ExtractionPipeline", "EventGraphTestSupport"],
                    resources: [.copy("Corpus")]),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphStore", "EventGraphTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "GraphExportTests", dependencies: ["GraphExport", "EventGraphTestSupport"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering", "GraphExport", "EventGraphTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["EventGraphTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "QualityTests", dependencies: ["EventGraphTestSupport"],
                    exclude: ["FixtureGold", "TempEvalGold", "rename_people.py", "tempeval_gold.py"], resources: [.copy("floors.json")]),
    ],
    swiftLanguageModes: [.v6]
)
