package io.expensync.categories;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adding or changing a category. The type is chosen once, when the category is added. */
public class CategoryForm {

	@NotBlank(message = "Give the category a name")
	@Size(max = 50, message = "A category name has at most 50 characters")
	private String name = "";

	@NotNull(message = "Choose income or expense")
	private CategoryType type = CategoryType.EXPENSE;

	@NotBlank(message = "Choose a colour")
	@Pattern(regexp = "#[0-9a-fA-F]{6}", message = "A colour is written like #22c55e")
	private String colour = "#64748b";

	@NotBlank(message = "Choose an icon")
	@Pattern(regexp = "[a-z0-9-]{1,40}", message = "An icon is a Bootstrap Icons name like cart")
	private String icon = "tag";

	private boolean archived;

	static CategoryForm of(CategoryView category) {
		CategoryForm form = new CategoryForm();
		form.name = category.name();
		form.type = category.type();
		form.colour = category.colour();
		form.icon = category.icon();
		form.archived = category.archived();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public CategoryType getType() {
		return type;
	}

	public void setType(CategoryType type) {
		this.type = type;
	}

	public String getColour() {
		return colour;
	}

	public void setColour(String colour) {
		this.colour = colour;
	}

	public String getIcon() {
		return icon;
	}

	public void setIcon(String icon) {
		this.icon = icon;
	}

	public boolean isArchived() {
		return archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

}
