/// Finds a page's story by scoring its blocks, the way reader modes do: every paragraph
/// gives points to its parent and, fading, to its ancestors (more for long text and commas);
/// containers are weighed by their class and id (`article`, `content` up; `comment`,
/// `related`, `share` down) and by how much of their text is links. The best container wins,
/// together with the siblings that score close to it (a story split into several blocks), and
/// is then cleaned of the forms, share bars, link lists and image rails inside it.
///
/// When what is left is too short to be a story, the page is scored again with fewer
/// assumptions: first keeping blocks whose names sound like furniture, then ignoring names
/// altogether, then keeping every block; the longest result wins.
struct ContentScorer {
    struct Result {
        /// The story, as a `<div>` holding the chosen blocks in page order.
        var story: HTMLElement
        /// The text of the first byline element met on the way (`<span class="byline">`),
        /// which is left out of the story.
        var byline: String?
        var textLength: Int
    }

    struct Options: OptionSet {
        let rawValue: Int
        /// Drop blocks whose names sound like furniture before scoring.
        static let stripUnlikely = Options(rawValue: 1)
        /// Weigh blocks by their class and id.
        static let weighClasses = Options(rawValue: 2)
        /// Remove link lists, forms and image rails from the chosen story.
        static let cleanConditionally = Options(rawValue: 4)
        static let all: Options = [.stripUnlikely, .weighClasses, .cleanConditionally]
    }

    /// A story shorter than this (in characters) makes the scorer try again with fewer options.
    static let minimumLength = 500

    /// The page's headline, used to drop the heading that repeats it.
    var title: String?

    /// The story of `page`, or nil when no attempt found any text.
    func story(of page: PageTree) -> Result? {
        var attempts: [Result] = []
        // Each pass changes its own copy of the page.
        for options in [Options.all, [.weighClasses, .cleanConditionally], [.cleanConditionally], []] {
            var pass = Pass(tree: page, options: options, title: title)
            guard let result = pass.run() else { continue }
            if result.textLength >= Self.minimumLength { return result }
            attempts.append(result)
        }
        let best = attempts.max { $0.textLength < $1.textLength }
        return best.flatMap { $0.textLength > 0 ? $0 : nil }
    }
}
