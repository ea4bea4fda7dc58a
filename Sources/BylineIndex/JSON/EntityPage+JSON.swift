import BylineCore

extension EntityPage {
    /// The page in the shape `byline person --json` prints; key names and order are a contract.
    /// `start` and `end` are Unicode scalar offsets of the mention in its sentence, end exclusive.
    ///
    ///     {"name":"Amara Okafor","kind":"person","aliases":["Okafor"],"roles":["UN Special Rapporteur"],
    ///      "articles":[{"id","path","title","date","mentions":[{"sentence","start","end"}]}]}
    public var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("kind", .string(kind.rawValue)),
            ("aliases", .array(aliases.map(JSONValue.string))),
            ("roles", .array(roles.map(JSONValue.string))),
            ("articles", .array(articles.map { a in
                .object([
                    ("id", .string(a.id)),
                    ("path", .string(a.path)),
                    ("title", .string(a.title)),
                    ("date", .optional(a.date?.iso)),
                    ("mentions", .array(a.mentions.map { m in
                        .object([("sentence", .string(m.sentence)), ("start", .int(m.start)), ("end", .int(m.end))])
                    })),
                ])
            })),
        ])
    }
}
