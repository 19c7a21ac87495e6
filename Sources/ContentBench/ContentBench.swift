#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BuiltinContent
import InfluenceContent

/// Benchmark helper (run by Tests/Benchmarks/run, not shipped): times decoding the built-in
/// content, in process, and optionally loading and validating a content folder.
///
///     ContentBench [RUNS]              first, median and best decode time of the built-in content
///     ContentBench --folder DIR [RUNS] the same for loading and validating DIR
@main
struct ContentBench {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var folder: String?
        if arguments.first == "--folder", arguments.count >= 2 {
            folder = arguments[1]
            arguments.removeFirst(2)
        }
        let runs = arguments.first.flatMap { Int($0) } ?? (folder == nil ? 200 : 5)
        var times: [Double] = []
        for _ in 0..<runs {
            let start = now()
            let ok: Bool
            if let folder {
                ok = (try? ContentLoader.loadValidated(directory: folder).get()) != nil
            } else {
                ok = (try? BuiltinContent.load().get()) != nil
            }
            times.append(now() - start)
            guard ok else {
                print("ContentBench: the content did not load")
                exit(1)
            }
        }
        // The first run is what a user waits for: it also pays for the runtime's one-time work
        // (generic type metadata made on first use).
        let first = times[0]
        times.sort()
        let what = folder.map { "load+validate \($0)" } ?? "decode built-in content"
        print("\(what): first \(format(first)) ms, then median \(format(times[times.count / 2])) ms, best \(format(times[0])) ms, \(runs) runs")
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
    }

    static func format(_ ms: Double) -> String {
        let thousandths = Int((ms * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
