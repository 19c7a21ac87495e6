import Foundation
import PackagePlugin

/// Runs ContentEmbedder on the target's `Content` folder (a link to the package's top-level Content/).
@main
struct EmbedContentPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "ContentEmbedder")
        let content = target.directoryURL.appending(path: "Content")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
        // The folders are inputs too, so adding a case file re-runs the command.
        var inputs = [content, content.appending(path: "cases")]
        for folder in inputs {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            inputs += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { folder.appending(path: $0) }
        }
        return [
            .buildCommand(
                displayName: "Embedding content from \(content.path)",
                executable: tool.url,
                arguments: [content.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
