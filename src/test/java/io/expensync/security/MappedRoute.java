package io.expensync.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A route Spring MVC maps, with what its handler reads from a request: path variables,
 * query or form parameters, the fields of a JSON body and of a bound form (nested records
 * as {@code recurrence.interval}), and uploaded files. All of it is read from the handler
 * method's signature, so a new parameter or field is known here the day it is written.
 */
record MappedRoute(HttpMethod method, String pattern, HandlerMethod handler) implements Comparable<MappedRoute> {

	enum Source {

		PATH, PARAM, BODY, FORM, FILE

	}

	/**
	 * One value a handler reads: where from, under which name, of which type (for a list,
	 * {@code element} is the type of its items).
	 */
	record Input(Source source, String name, Class<?> type, Class<?> element) {

		/**
		 * The last part of a dotted name: {@code interval} of
		 * {@code recurrence.interval}.
		 */
		String field() {
			return name.substring(name.lastIndexOf('.') + 1);
		}

		boolean list() {
			return Collection.class.isAssignableFrom(type);
		}

	}

	static List<MappedRoute> all(RequestMappingHandlerMapping mappings) {
		Set<MappedRoute> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new MappedRoute(method.asHttpMethod(), pattern, handler));
				}
			}
		});
		return List.copyOf(routes);
	}

	String key() {
		return method.name() + " " + pattern;
	}

	boolean api() {
		return pattern.startsWith("/api/");
	}

	List<Input> inputs() {
		List<Input> inputs = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			ResolvableType type = ResolvableType.forMethodParameter(parameter);
			Class<?> raw = type.toClass();
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				inputs.add(input(Source.PATH,
						name(parameter, parameter.getParameterAnnotation(PathVariable.class).value()), type));
			}
			else if (parameter.hasParameterAnnotation(RequestParam.class)) {
				String name = name(parameter, parameter.getParameterAnnotation(RequestParam.class).value());
				inputs.add(input(MultipartFile.class.isAssignableFrom(raw) ? Source.FILE : Source.PARAM, name, type));
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				fields(Source.BODY, "", raw, inputs);
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				fields(Source.FORM, "", raw, inputs);
			}
		}
		return inputs;
	}

	/** The type of the JSON body the handler reads, if it reads one. */
	Class<?> bodyType() {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return parameter.getParameterType();
			}
		}
		return null;
	}

	boolean readsForm() {
		return inputs().stream().anyMatch(input -> input.source() == Source.FORM || input.source() == Source.PARAM);
	}

	boolean readsFile() {
		return inputs().stream().anyMatch(input -> input.source() == Source.FILE);
	}

	private static String name(MethodParameter parameter, String declared) {
		return declared.isEmpty() ? parameter.getParameterName() : declared;
	}

	/**
	 * The fields a body or form is bound to, nested records of the app's own included.
	 */
	private static void fields(Source source, String prefix, Class<?> type, List<Input> inputs) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				field(source, prefix + component.getName(), component.getGenericType(), inputs);
			}
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				field(source, prefix + property.getName(), property.getWriteMethod().getGenericParameterTypes()[0],
						inputs);
			}
		}
	}

	private static void field(Source source, String name, Type generic, List<Input> inputs) {
		ResolvableType type = ResolvableType.forType(generic);
		Class<?> raw = type.toClass();
		if (raw.getPackageName().startsWith("io.expensync") && !raw.isEnum()) {
			fields(source, name + ".", raw, inputs);
		}
		else {
			inputs.add(input(source, name, type));
		}
	}

	private static Input input(Source source, String name, ResolvableType type) {
		Class<?> raw = type.toClass();
		Class<?> element = Collection.class.isAssignableFrom(raw) ? type.asCollection().getGeneric(0).toClass() : raw;
		return new Input(source, name, raw, element);
	}

	@Override
	public int compareTo(MappedRoute other) {
		return key().compareTo(other.key());
	}

}
