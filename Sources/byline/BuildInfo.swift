/// The version `byline --version` prints: the release number and the git commit the binary was
/// built from (`BuildCommit`, written by the BuildCommit plugin; `-modified` when the checkout
/// had uncommitted changes, `unknown` when built without git).
enum BuildInfo {
    static let release = "0.1.0"
    static let version = "\(release) (commit \(BuildCommit.id))"
}
