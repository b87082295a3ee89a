# await at module level (compiler error): "'await' outside function".
await x
