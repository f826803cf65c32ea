package io.expensync.receipts.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A linear model that ranks candidates (runs of printed rows, say) by their features: the
 * one with the highest score is the one it takes for right, and a softmax over the scores
 * says how sure it is. Trained by plain batch gradient descent with {@link StrictMath},
 * so the same examples give the same weights on every JVM, and kept as text: a feature's
 * name and its weight on each line.
 */
final class LineModel {

	private final List<String> names;

	private final double[] weights;

	LineModel(List<String> names, double[] weights) {
		if (names.size() != weights.length) {
			throw new IllegalArgumentException(names.size() + " features but " + weights.length + " weights");
		}
		this.names = List.copyOf(names);
		this.weights = weights.clone();
	}

	/**
	 * The model that ranks each group's right candidates first: {@code iterations} steps
	 * of gradient descent on the mean log loss of a softmax over each group's candidates
	 * (a conditional logit), the right ones sharing the target equally, with an L2
	 * penalty of {@code penalty} on the weights. A group without a right candidate
	 * teaches nothing and is left out. The bias cancels in a softmax and stays 0.
	 */
	static LineModel fit(List<String> names, List<List<double[]>> groups, List<List<Boolean>> labels, int iterations,
			double rate, double penalty) {
		double[] even = new double[groups.size()];
		Arrays.fill(even, 1);
		return fit(names, groups, labels, even, iterations, rate, penalty);
	}

	/**
	 * As {@link #fit(List, List, List, int, double, double)}, each group's loss weighed
	 * by {@code weights} (so that many receipts of one shop count as much as one of
	 * another, say).
	 */
	static LineModel fit(List<String> names, List<List<double[]>> groups, List<List<Boolean>> labels, double[] weights,
			int iterations, double rate, double penalty) {
		double[] gradient = new double[names.size()];
		LineModel model = new LineModel(names, new double[names.size()]);
		List<Integer> taught = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			if (labels.get(g).contains(true)) {
				taught.add(g);
			}
		}
		double total = taught.stream().mapToDouble((g) -> weights[g]).sum();
		for (int step = 0; step < iterations; step++) {
			Arrays.fill(gradient, 0);
			for (int g : taught) {
				List<double[]> candidates = groups.get(g);
				double[] scores = new double[candidates.size()];
				double max = Double.NEGATIVE_INFINITY;
				for (int c = 0; c < scores.length; c++) {
					scores[c] = model.score(candidates.get(c));
					max = Math.max(max, scores[c]);
				}
				double sum = 0;
				for (int c = 0; c < scores.length; c++) {
					scores[c] = StrictMath.exp(scores[c] - max);
					sum += scores[c];
				}
				long right = labels.get(g).stream().filter(Boolean::booleanValue).count();
				for (int c = 0; c < scores.length; c++) {
					double error = weights[g] * (scores[c] / sum - (labels.get(g).get(c) ? 1.0 / right : 0));
					double[] x = candidates.get(c);
					for (int i = 0; i < x.length; i++) {
						gradient[i] += error * x[i];
					}
				}
			}
			for (int i = 0; i < gradient.length; i++) {
				model.weights[i] -= rate * (gradient[i] / total + penalty * model.weights[i]);
			}
		}
		return new LineModel(names, rounded(model.weights));
	}

	/** How strongly the model takes a candidate with these features for the right one. */
	double score(double[] features) {
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * features[i];
		}
		return sum;
	}

	/** The weights as written to text, so a fitted model equals the one read back. */
	private static double[] rounded(double[] weights) {
		double[] rounded = new double[weights.length];
		for (int i = 0; i < weights.length; i++) {
			rounded[i] = Double.parseDouble(format(weights[i]));
		}
		return rounded;
	}

	private static String format(double weight) {
		return String.format(Locale.ROOT, "%.6f", weight);
	}

	/** The model as text: a comment line, then each feature's name and weight. */
	String text(String comment) {
		StringBuilder text = new StringBuilder("# ").append(comment).append('\n');
		for (int i = 0; i < weights.length; i++) {
			text.append(names.get(i)).append(' ').append(format(weights[i])).append('\n');
		}
		return text.toString();
	}

	/**
	 * The model in a resource written by {@link #text}; its features must be
	 * {@code names}, in that order.
	 */
	static LineModel read(String resource, List<String> names) {
		try (InputStream in = LineModel.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The line model " + resource + " is missing from the application");
			}
			List<String> read = new ArrayList<>();
			List<Double> weights = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.strip().split(" ");
				read.add(parts[0]);
				weights.add(Double.parseDouble(parts[1]));
			}
			if (!read.equals(names)) {
				throw new IllegalStateException(
						"The line model " + resource + " has the features " + read + ", not " + names);
			}
			return new LineModel(names, weights.stream().mapToDouble(Double::doubleValue).toArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
