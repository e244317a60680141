import Foundation
import PackagePlugin

/// Compiles the package's `data/` folder into the target that uses this plugin, so the
/// `debatemap` binary carries its seed corpus with it. `data/` stays the only copy: the
/// generated source is rebuilt whenever a file under it changes.
@main
struct EmbedCorpus: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let data = context.package.directoryURL.appending(path: "data")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: data, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the seed corpus from data/",
                executable: try context.tool(named: "embed-corpus").url,
                arguments: [data.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output])
        ]
    }
}
