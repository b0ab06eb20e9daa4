package fr.academie.portail.home.boundary;

import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.home.entity.PortalTile;
import fr.academie.portail.home.entity.TileDisplay;
import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** « Tuiles de l'accueil », the DSI's page: which tiles, in which order, for whom. */
@Named
@ViewScoped
public class TilesAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalTiles tiles;

    private List<PortalTile> all;
    private Long id;
    private int position;
    private String title;
    private String description;
    private String icon;
    private String target;
    private List<String> roles = new ArrayList<>();
    private String functions;
    private String disciplines;
    private TileDisplay display;

    @PostConstruct
    void init() {
        all = tiles.all();
    }

    public void create() {
        id = null;
        position = all.stream().mapToInt(PortalTile::getPosition).max().orElse(0) + 10;
        title = null;
        description = null;
        icon = "pi pi-external-link";
        target = "https://";
        roles = new ArrayList<>();
        functions = null;
        disciplines = null;
        display = TileDisplay.SHOWN;
    }

    public void edit(PortalTile tile) {
        id = tile.getId();
        position = tile.getPosition();
        title = tile.getTitle();
        description = tile.getDescription();
        icon = tile.getIcon();
        target = tile.getTarget();
        roles = tile.getRoles() == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(tile.getRoles().split("\\|")));
        functions = tile.getFunctions();
        disciplines = tile.getDisciplines();
        display = tile.getDisplay();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            tiles.save(new TileForm(id, position, title, description, icon, target, String.join("|", roles), functions,
                    disciplines, display));
            all = tiles.all();
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "tuiles.enregistree", title);
        } catch (TileRejectedException rejected) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), ""));
            faces.validationFailed();
        }
    }

    public void remove(PortalTile tile) {
        tiles.remove(tile.getId());
        all = tiles.all();
        PageMessages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO, "tuiles.supprimee", tile.getTitle());
    }

    /** A rule as the page shows it: the list, or « tous » when empty. */
    public String describe(String list) {
        return list == null || list.isBlank() ? PageMessages.text(FacesContext.getCurrentInstance(), "tuiles.tous")
                : list.replace("|", ", ");
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public TileDisplay[] getDisplays() {
        return TileDisplay.values();
    }

    public List<PortalTile> getAll() {
        return all;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIcon() {
        return icon;
    }

    public void setIcon(String icon) {
        this.icon = icon;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getFunctions() {
        return functions;
    }

    public void setFunctions(String functions) {
        this.functions = functions;
    }

    public String getDisciplines() {
        return disciplines;
    }

    public void setDisciplines(String disciplines) {
        this.disciplines = disciplines;
    }

    public TileDisplay getDisplay() {
        return display;
    }

    public void setDisplay(TileDisplay display) {
        this.display = display;
    }
}
