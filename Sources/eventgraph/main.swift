print("eventgraph")
