print("eventgraph-bench")
