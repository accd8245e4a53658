import CSHA256
import Testing
@testable import GraphStore

/// The block function of the SHA extensions (`CSHA256`) against the Swift definition
/// (``SHA256/compress(_:_:)``): the same state after every number of blocks, on messages of every
/// length around the padding's edges and of article size. Skipped where the processor lacks them.
@Suite("Graph store · SHA-256 on the processor's SHA extensions")
struct SHA256HardwareTests {
    /// Deterministic bytes (a linear congruential generator), every value 0–255 among them.
    static func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var x = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        return (0..<count).map { _ in
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: x >> 56)
        }
    }

    @Test("The same state as the Swift block function, block after block",
          .enabled(if: SHA256.hardware, "no SHA extensions on this processor"))
    func sameBlocks() {
        for blocks in [1, 2, 3, 7, 64, 113] {
            for seed in 0..<8 {
                let message = Self.bytes(64 * blocks, seed: UInt64(blocks * 31 + seed))
                var swift: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
                var hardware = swift
                message.withUnsafeBufferPointer { SHA256.compress(&swift, $0) }
                eventgraph_sha256_blocks(&hardware, message, blocks)
                #expect(hardware == swift, "\(blocks) blocks, seed \(seed)")
            }
        }
    }

    @Test("Whole digests are the FIPS 180-4 ones, by either block function",
          .enabled(if: SHA256.hardware, "no SHA extensions on this processor"))
    func sameDigests() {
        for count in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 4_321, 9_000] {
            let message = Self.bytes(count, seed: UInt64(count))
            // The Swift definition on the padded message, as `digest` pads it.
            var padded = message + [0x80] + [UInt8](repeating: 0, count: (120 - (count + 1) % 64) % 64)
            for i in (0..<8).reversed() { padded.append(UInt8(truncatingIfNeeded: (UInt64(count) * 8) >> (UInt64(i) * 8))) }
            var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
            padded.withUnsafeBufferPointer { SHA256.compress(&state, $0) }
            let expected = state.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (24 - 8 * $0)) } }
            #expect(SHA256.digest(message) == expected, "\(count) bytes")
        }
    }
}
