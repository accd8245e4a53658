import EventGraphModel

/// Names in the language a user chose: records relabelled before they are exported, and the name
/// in the other script for the column beside it.
///
/// An actor without a name in the chosen language keeps its stored label (a person named only in
/// an Arabic article stays in Arabic under `--lang en`).
public enum Labels {
    /// `names` in `language`, else `fallback`.
    static func name(_ names: ActorNames?, in language: LanguageCode?, fallback: String) -> String {
        guard let language, let name = names?.name(in: language) else { return fallback }
        return name
    }

    /// The name in the other script than `shown`, when known and different.
    static func other(_ names: ActorNames?, shown: String) -> String? {
        guard let names else { return nil }
        let other = Bidi.containsArabic(shown) ? names.name(in: .en) : names.name(in: .ar)
        return other == shown ? nil : other
    }

    /// Timeline entries with their participants named in `language`.
    public static func apply(_ language: LanguageCode?, to entries: [TimelineEntry]) -> [TimelineEntry] {
        guard let language else { return entries }
        return entries.map { entry in
            var entry = entry
            guard entry.participantNames.count == entry.participants.count else { return entry }
            entry.participants = zip(entry.participants, entry.participantNames).map { label, names in
                name(names, in: language, fallback: label)
            }
            return entry
        }
    }

    /// Talks with both parties named in `language`.
    public static func apply(_ language: LanguageCode?, to talks: [TalkRecord]) -> [TalkRecord] {
        guard let language else { return talks }
        return talks.map { talk in
            var talk = talk
            talk.aName = name(talk.aNames, in: language, fallback: talk.aName)
            talk.bName = name(talk.bNames, in: language, fallback: talk.bName)
            return talk
        }
    }

    /// Actors named in `language`.
    public static func apply(_ language: LanguageCode?, to actors: [ActorRecord]) -> [ActorRecord] {
        guard let language else { return actors }
        return actors.map { actor in
            var actor = actor
            actor.name = name(ActorNames(en: actor.nameEN, ar: actor.nameAR), in: language, fallback: actor.name)
            return actor
        }
    }

    /// A snapshot whose nodes are labelled in `language` (for GraphML, GEXF and JSON; DOT takes the
    /// language through ``DiagramStyle``).
    public static func apply(_ language: LanguageCode?, to graph: GraphSnapshot) -> GraphSnapshot {
        guard let language else { return graph }
        var graph = graph
        graph.nodes = graph.nodes.map { node in
            var node = node
            node.label = name(ActorNames(en: node.labelEN, ar: node.labelAR), in: language, fallback: node.label)
            return node
        }
        return graph
    }

    /// The participants' names in the other script than the ones shown, joined like `participants`.
    static func otherNames(_ entry: TimelineEntry) -> String {
        guard entry.participantNames.count == entry.participants.count else { return "" }
        return zip(entry.participants, entry.participantNames).map { shown, names in
            other(names, shown: shown) ?? ""
        }.joined(separator: "; ")
    }
}
