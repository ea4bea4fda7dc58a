import Foundation
import PackagePlugin

/// Writes `BuildCommit.swift`, the git commit the binary was built from, before every build of
/// the target that uses it, so `byline --version` can say which code it is.
///
/// The file is rewritten only when its text changes (see `scripts/build-commit.sh`), so an
/// unchanged checkout does not recompile the target. A tree without git (a source tarball)
/// reports the commit as unknown rather than failing the build.
@main
struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let script = context.package.directoryURL.appending(path: "scripts/build-commit.sh")
        return [
            .prebuildCommand(
                displayName: "Recording the git commit for --version",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, context.package.directoryURL.path, output.appending(path: "BuildCommit.swift").path],
                outputFilesDirectory: output
            ),
        ]
    }
}
