package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// TaskGroup is asyncio.TaskGroup (CPython 3.11's taskgroups.py). When a
// child fails, the other children and the task running the group are
// cancelled; Exit waits for every child and raises an ExceptionGroup of
// the failures ("unhandled errors in a TaskGroup"). CPython cancels the
// siblings in set order (object addresses); aiogo cancels them in
// creation order.
type TaskGroup struct {
	entered, exiting, aborting bool
	loop                       *Loop
	parent                     *Task
	parentCancelRequested      bool
	// tasks lists the children in creation order; done ones are dropped
	// lazily, live counts the others (the set _tasks).
	tasks       []*Task
	live        int
	errors      []*py.Exc
	baseError   *py.Exc
	onCompleted *futCore
}

// NewTaskGroup is asyncio.TaskGroup().
func NewTaskGroup() *TaskGroup { return &TaskGroup{} }

// Enter is TaskGroup.__aenter__.
func (g *TaskGroup) Enter(t *Task) {
	if g.entered {
		panic(py.RuntimeError.New("TaskGroup has already been entered"))
	}
	g.loop = t.loop
	g.parent = t
	g.entered = true
}

// CreateTaskIn is TaskGroup.create_task(coro).
func CreateTaskIn[T any](g *TaskGroup, c Coro[T]) *TaskOf[T] {
	g.checkOpen()
	tt := newTask(g.loop, c)
	g.adopt(&tt.Task)
	return tt
}

// checkOpen raises what TaskGroup.create_task raises when the group does
// not take new tasks.
func (g *TaskGroup) checkOpen() {
	switch {
	case !g.entered:
		panic(py.RuntimeError.New("TaskGroup has not been entered"))
	case g.exiting && g.live == 0:
		panic(py.RuntimeError.New("TaskGroup is finished"))
	case g.aborting:
		panic(py.RuntimeError.New("TaskGroup is shutting down"))
	}
}

// adopt makes t a child of the group.
func (g *TaskGroup) adopt(t *Task) {
	t.addCallback(g)
	if len(g.tasks) > 32 && len(g.tasks) > 2*g.live {
		g.compact()
	}
	g.tasks = append(g.tasks, t)
	g.live++
}

func (g *TaskGroup) compact() {
	kept := g.tasks[:0]
	for _, t := range g.tasks {
		if t.state == statePending {
			kept = append(kept, t)
		}
	}
	clear(g.tasks[len(kept):])
	g.tasks = kept
}

// Exit is TaskGroup.__aexit__ given the exception leaving the body (nil if
// none). It waits for all children and returns the exception to
// propagate, or nil.
func (g *TaskGroup) Exit(t *Task, exc *py.Exc) *py.Exc {
	g.exiting = true
	if exc != nil && isFatal(exc) && g.baseError == nil {
		g.baseError = exc
	}
	var propagateCancel *py.Exc
	if exc != nil && exc.Class == py.CancelledError {
		propagateCancel = exc
	}
	if g.parentCancelRequested && g.parent.Uncancel() == 0 {
		propagateCancel = nil
	}
	if exc != nil && !g.aborting {
		g.abort()
	}
	for g.live > 0 {
		if g.onCompleted == nil {
			g.onCompleted = &futCore{loop: g.loop}
		}
		if e := t.block(g.onCompleted, waitTaskGroup); e != nil {
			if !e.Is(py.CancelledError) {
				panic(e)
			}
			if !g.aborting {
				propagateCancel = e
				g.abort()
			}
		}
		g.onCompleted = nil
	}
	if g.baseError != nil {
		return g.baseError
	}
	if propagateCancel != nil && len(g.errors) == 0 {
		return propagateCancel
	}
	if exc != nil && exc.Class != py.CancelledError {
		g.errors = append(g.errors, exc)
	}
	if len(g.errors) > 0 {
		eg := py.NewExcGroup("unhandled errors in a TaskGroup", g.errors)
		eg.SuppressContext = true
		g.errors = nil
		return eg
	}
	return nil
}

// Leave is TaskGroup.__aexit__ for generated code, which defers it at the
// start of the block: it takes the exception leaving the block, if any,
// waits for the children and raises what Exit returns.
func (g *TaskGroup) Leave(t *Task) {
	if e := g.Exit(t, recovered(recover())); e != nil {
		panic(e)
	}
}

// Do runs body inside `async with` g.
func (g *TaskGroup) Do(t *Task, body func(g *TaskGroup)) {
	g.Enter(t)
	if e := g.Exit(t, guard(func() { body(g) })); e != nil {
		panic(e)
	}
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if t.state == statePending {
			t.cancel(nil)
		}
	}
}

// call is TaskGroup._on_task_done.
func (g *TaskGroup) call(f *futCore) {
	t := f.ext.(*Task)
	g.live--
	if g.onCompleted != nil && g.live == 0 && g.onCompleted.state == statePending {
		g.onCompleted.finish()
	}
	if t.state == stateCancelled || t.exc == nil {
		return
	}
	exc := t.exc
	g.errors = append(g.errors, exc)
	if isFatal(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parent.state != statePending {
		return
	}
	if !g.aborting && !g.parentCancelRequested {
		g.abort()
		g.parentCancelRequested = true
		g.parent.cancel(nil)
	}
}
