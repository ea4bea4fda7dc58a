import BylineCore

extension EntityPage {
    /// The page in the shape `byline person --json` prints; key names and order are a contract.
    /// `start` and `end` are Unicode scalar offsets of the mention in its sentence, end exclusive.
    ///
    ///     {"name":"Amara Okafor","kind":"person","aliases":["Okafor"],"roles":["UN Special Rapporteur"],
    ///      "articles":[{"id","path","title","date","mentions":[{"sentence","start","end"}]}]}
    public var json: JSONValue {
        // `couldBe` and an article's `wrote` are given only when they say something, so the
        // pages of most entities keep their shape.
        var fields: [(String, JSONValue)] = [
            ("name", .string(name)),
            ("kind", .string(kind.rawValue)),
            ("aliases", .array(aliases.map(JSONValue.string))),
            ("roles", .array(roles.map(JSONValue.string))),
            ("articles", .array(articles.map { a in
                var article: [(String, JSONValue)] = [
                    ("id", .string(a.id)),
                    ("path", .string(a.path)),
                    ("title", .string(a.title)),
                    ("date", .optional(a.date?.iso)),
                    ("mentions", .array(a.mentions.map { m in
                        .object([("sentence", .string(m.sentence)), ("start", .int(m.start)), ("end", .int(m.end))])
                    })),
                ]
                if a.wrote { article.append(("wrote", .bool(true))) }
                return .object(article)
            })),
        ]
        if !couldBe.isEmpty { fields.append(("couldBe", .array(couldBe.map(JSONValue.string)))) }
        return .object(fields)
    }
}
