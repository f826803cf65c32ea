/**
 * Receipts read by a vision model behind an OpenAI-compatible chat completions endpoint
 * (Gemini, Ollama, vLLM), chosen by configuration; the model's answer is validated like
 * any untrusted input.
 */
@NullMarked
package io.expensync.receipts.ai;

import org.jspecify.annotations.NullMarked;
