package io.expensync.categories;

/**
 * The add-category and edit-category forms as typed; {@link CategoryDetails} holds the
 * rules. The type is chosen once, when the category is added.
 */
public class CategoryForm {

	private String name = "";

	private CategoryType type = CategoryType.EXPENSE;

	private String colour = "#64748b";

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

	CategoryDetails toDetails() {
		return new CategoryDetails(name, type, colour, icon, archived);
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
